"""The showcase: projects and initiatives named in seeds 000 and 001 (and CONTENT.md).

Locations, figures and costs are plausible demo values, not published facts, except where the seeds give
them (84 ponds in Rochefort, more than 100 by the end of 2025).
"""

from . import projects_sites_and_food, projects_water_and_green

PROJECTS = projects_water_and_green.PROJECTS + projects_sites_and_food.PROJECTS

# Shown on the home page, in this order.
FEATURED = ["ponds-in-rochefort", "forest-in-one-day", "stiemervallei", "waste-warriors"]
