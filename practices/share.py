"""Share images: the card LINE, Facebook and X show for a link, a PNG with the page's title.

Drawn with Pillow in the portal's own font (static/vendor/noto-sans-thai: a Thai and a Latin
subset, each text run in the font that has its letters), 1200 x 630 as Open Graph asks,
in a few flat colours so that the PNG stays far under 100 KB. Each image is kept on disk
under MEDIA_ROOT/share/, named after what it shows, so a changed title makes a new one.
"""

import hashlib
import io
from pathlib import Path

from django.conf import settings
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
MARGIN = 72
BACKGROUND, INK, SOFT = (8, 63, 120), (255, 255, 255), (198, 218, 240)  # the site's --accent-dark
FONTS = Path(settings.BASE_DIR) / "static" / "vendor" / "noto-sans-thai"
THAI = range(0x0E00, 0x0E80)


def _font(script, weight, size):
    return ImageFont.truetype(str(FONTS / f"noto-sans-thai-{script}-{weight}-normal.woff2"), size)


class Writer:
    """Text in one size and weight, each run of Thai or other letters in the subset that has them."""

    def __init__(self, weight, size):
        self.fonts = {"thai": _font("thai", weight, size), "latin": _font("latin", weight, size)}
        self.size = size

    def runs(self, text):
        runs = []
        for char in text:
            script = "thai" if ord(char) in THAI else "latin"
            if runs and (runs[-1][0] == script or char == " "):
                runs[-1][1] += char
            else:
                runs.append([script, char])
        return runs

    def width(self, text):
        return sum(self.fonts[script].getlength(run) for script, run in self.runs(text))

    def draw(self, drawing, xy, text, fill):
        x, y = xy
        for script, run in self.runs(text):
            drawing.text((x, y), run, font=self.fonts[script], fill=fill)
            x += self.fonts[script].getlength(run)

    def wrap(self, text, width, max_lines):
        """Lines of at most ``width`` pixels: broken at spaces; in Thai, which has no spaces, before
        a leading vowel (เ แ โ ใ ไ always starts a syllable) when one is near the end, else
        anywhere but inside a cluster. The last line ends with … when text is left over."""
        lines, line = [], ""
        for cluster in _clusters(text):
            candidate = line + cluster
            if self.width(candidate) <= width:
                line = candidate
                continue
            space = line.rfind(" ")
            syllable = _last_syllable_start(line)
            if cluster != " " and space > 0:
                lines.append(line[:space])
                line = line[space + 1 :] + cluster
            elif cluster != " " and syllable > len(line) // 2:
                lines.append(line[:syllable])
                line = line[syllable:] + cluster
            else:
                lines.append(line.rstrip())
                line = cluster.lstrip()
        if line.strip():
            lines.append(line.strip())
        if len(lines) > max_lines:
            last = lines[max_lines - 1]
            while last and self.width(last + "…") > width:
                last = last[:-1]
            lines = [*lines[: max_lines - 1], last + "…"]
        return lines


LEADING_VOWELS = "เแโใไ"


def _last_syllable_start(line):
    """Where the last syllable that starts with a leading vowel begins in ``line``, or -1."""
    return max(line.rfind(vowel) for vowel in LEADING_VOWELS)


def _clusters(text):
    """Characters with the vowel and tone marks written above or below them, never split."""
    clusters = []
    for char in text:
        if clusters and _is_mark(char):
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


# Thai vowels and tone marks written above or below a consonant (sara am included: it carries a nikhahit).
THAI_MARKS = {chr(code) for code in [0x0E31, *range(0x0E33, 0x0E3B), *range(0x0E47, 0x0E4F)]}


def _is_mark(char):
    return char in THAI_MARKS


def draw(title, kicker, footer):
    """The PNG bytes of a card: a small line above, the title in large type, a line below."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    drawing = ImageDraw.Draw(image)
    small, large = Writer(400, 34), Writer(700, 64)
    small.draw(drawing, (MARGIN, MARGIN - 10), kicker, SOFT)
    y = MARGIN + 70
    for line in large.wrap(title, WIDTH - 2 * MARGIN, max_lines=4):
        large.draw(drawing, (MARGIN, y), line, INK)
        y += int(large.size * 1.45)
    for line in small.wrap(footer, WIDTH - 2 * MARGIN, max_lines=1):
        small.draw(drawing, (MARGIN, HEIGHT - MARGIN - small.size), line, SOFT)
    buffer = io.BytesIO()
    image.quantize(colors=32).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def image(title, kicker, footer):
    """The card's PNG bytes, drawn once and then read from MEDIA_ROOT/share/."""
    key = hashlib.sha256("\x1f".join([title, kicker, footer]).encode()).hexdigest()[:20]
    path = Path(settings.MEDIA_ROOT) / "share" / f"{key}.png"
    if path.exists():
        return path.read_bytes()
    content = draw(title, kicker, footer)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".tmp")
    partial.write_bytes(content)
    partial.replace(path)
    return content
