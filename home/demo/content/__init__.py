"""The demo's content, written from the alliance's public texts (shared/seeds and CONTENT.md).

English is the source; Dutch is complete; French and German translate the titles, the objectives' names and
targets, the axes, the section pages and the home page's hero.
"""
