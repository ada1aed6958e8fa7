"""Pictures drawn with Pillow for the demo and the tests: landscapes in nature colours and simple logos.

The same seed always draws the same picture, so the demo looks the same on every machine and tests
never need a file on disk.
"""

import io
import math
import random
import zlib

from PIL import Image, ImageDraw, ImageFilter, ImageFont

SKIES = [
    ((142, 190, 222), (222, 236, 241)),  # clear morning
    ((118, 160, 199), (236, 226, 204)),  # late afternoon
    ((167, 182, 196), (219, 225, 228)),  # overcast
    ((239, 180, 140), (250, 226, 190)),  # dawn
]
GREENS = [
    (171, 196, 120),
    (132, 171, 92),
    (96, 140, 74),
    (66, 110, 62),
    (45, 84, 52),
    (30, 62, 42),
]
WATERS = [(74, 128, 160), (88, 146, 168), (62, 112, 140)]
FIELDS = [(214, 196, 120), (196, 180, 104), (160, 170, 90)]
LOGO_COLOURS = [(46, 94, 62), (33, 102, 120), (120, 96, 40), (78, 120, 52), (140, 72, 52), (52, 70, 120)]


def seed_from(value):
    """A stable integer seed for any string or number (``hash()`` changes between runs, crc32 does not)."""
    return zlib.crc32(str(value).encode("utf-8"))


def _ridge(rng, width, base, amplitude, step=8):
    """Points along a rolling hill line: a sum of a few sine waves with random phases."""
    waves = [(rng.uniform(0.5, 3.5), rng.uniform(0, math.tau), rng.uniform(0.3, 1.0)) for _ in range(3)]
    total = sum(weight for _f, _p, weight in waves)
    points = []
    for x in range(0, width + step, step):
        t = x / width
        y = sum(weight * math.sin(freq * math.tau * t + phase) for freq, phase, weight in waves) / total
        points.append((x, base + y * amplitude))
    return points


def _tree(draw, rng, x, y, scale, colour):
    trunk = (92, 70, 48)
    if rng.random() < 0.5:  # a conifer
        draw.rectangle([x - scale * 0.06, y - scale * 0.2, x + scale * 0.06, y], fill=trunk)
        draw.polygon(
            [(x - scale * 0.35, y - scale * 0.15), (x + scale * 0.35, y - scale * 0.15), (x, y - scale)], fill=colour
        )
    else:  # a broadleaf
        draw.rectangle([x - scale * 0.06, y - scale * 0.4, x + scale * 0.06, y], fill=trunk)
        radius = scale * 0.32
        draw.ellipse(
            [x - radius, y - scale * 0.4 - radius * 1.6, x + radius, y - scale * 0.4 + radius * 0.3], fill=colour
        )


def landscape_bytes(seed, width=1200, height=800, image_format="JPEG"):
    """Draw a landscape (sky, sun, rolling hills, fields or a pond, trees and hedges) and return its bytes."""
    rng = random.Random(seed_from(seed))
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)

    top, horizon = rng.choice(SKIES)
    for y in range(height):
        t = min(1.0, y / (height * 0.6))
        draw.line([(0, y), (width, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(top, horizon, strict=True)))
    if rng.random() < 0.7:
        sx, sy, radius = rng.uniform(0.1, 0.9) * width, rng.uniform(0.1, 0.3) * height, height * 0.06
        draw.ellipse([sx - radius, sy - radius, sx + radius, sy + radius], fill=(252, 240, 200))

    layers = rng.randint(3, 4)
    greens = sorted(rng.sample(GREENS, layers), key=lambda colour: -sum(colour))
    for index, colour in enumerate(greens):
        base = height * (0.45 + 0.13 * index)
        ridge = _ridge(rng, width, base, height * (0.08 - 0.012 * index))
        draw.polygon([*ridge, (width, height), (0, height)], fill=colour)
        if index == 1 and rng.random() < 0.5:  # a field in the middle distance
            field_y = base + height * 0.05
            field = [(rng.uniform(0, 0.4) * width, field_y), (rng.uniform(0.5, 1.0) * width, field_y)]
            draw.polygon(
                [*field, (field[1][0] + 60, field_y + 40), (field[0][0] - 60, field_y + 40)], fill=rng.choice(FIELDS)
            )
        for _ in range(rng.randint(2, 9)):
            x, y = rng.choice(ridge)
            _tree(draw, rng, x, y + 4, height * (0.05 + 0.04 * index), tuple(max(0, c - 25) for c in colour))

    if rng.random() < 0.6:  # a pond in the foreground
        cx, cy = rng.uniform(0.25, 0.75) * width, height * rng.uniform(0.82, 0.9)
        rx, ry = width * rng.uniform(0.12, 0.22), height * rng.uniform(0.04, 0.07)
        draw.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=rng.choice(WATERS))
        draw.ellipse([cx - rx * 0.6, cy - ry * 0.5, cx + rx * 0.2, cy - ry * 0.1], fill=(150, 190, 205))
    else:  # a hedgerow
        hedge_y = height * rng.uniform(0.8, 0.9)
        for x in range(-20, width + 40, 34):
            radius = rng.uniform(18, 30)
            draw.ellipse([x - radius, hedge_y - radius, x + radius, hedge_y + radius], fill=GREENS[-2])

    image = image.filter(ImageFilter.SMOOTH)
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, quality=85)
    return buffer.getvalue()


def initials(name, letters=3):
    """Initials of an organisation's name, skipping small words: "City of Genk" → "CG"."""
    small = {"of", "the", "and", "de", "van", "der", "het", "for", "la", "le", "des", "du"}
    words = [word for word in name.replace("-", " ").split() if word.lower() not in small] or name.split()
    return "".join(word[0] for word in words[:letters]).upper()


def logo_bytes(name, size=400):
    """Draw a round logo with a leaf and the organisation's initials; PNG bytes."""
    rng = random.Random(seed_from(name))
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    colour = rng.choice(LOGO_COLOURS)
    draw.ellipse([0, 0, size - 1, size - 1], fill=colour)
    leaf = tuple(min(255, c + 90) for c in colour)
    angle = rng.uniform(-0.6, 0.6)
    cx, cy, length = size / 2, size * 0.3, size * 0.18
    dx, dy = math.sin(angle) * length, -math.cos(angle) * length
    draw.polygon(
        [(cx - dx, cy - dy), (cx - dy * 0.5, cy + dx * 0.5), (cx + dx, cy + dy), (cx + dy * 0.5, cy - dx * 0.5)],
        fill=leaf,
    )
    font = ImageFont.load_default(size=size * 0.26)
    text = initials(name)
    box = draw.textbbox((0, 0), text, font=font)
    draw.text(
        ((size - (box[2] - box[0])) / 2 - box[0], size * 0.62 - (box[3] - box[1]) / 2 - box[1]),
        text,
        font=font,
        fill=(255, 255, 255),
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
