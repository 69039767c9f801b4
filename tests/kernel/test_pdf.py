"""The PDF helper's text layer: the Thai fonts' private-use marks named by their standard code points."""

import unicodedata

from kernel.pdf import THAI_PRIVATE_USE, parse_to_unicode, write_to_unicode

# A ToUnicode map as Chromium writes one for a TLWG font, with each form of entry PDF 32000 allows:
# single codes, a range counting up from its first target, and a range listing its targets.
CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
3 beginbfchar
<00D1> <0E04>
<0155> <F70E>
<0160> <0E010E33>
endbfchar
3 beginbfrange
<00CE> <00CF> <0E01>
<0151> <0152> <F70A>
<0170> <0172> [<F713> <0E48> <F700>]
endbfrange
endcmap
"""


def test_the_table_maps_each_windows_private_use_mark_to_the_thai_character_it_draws():
    assert set(range(0xF700, 0xF71B)) <= set(THAI_PRIVATE_USE)
    for code, thai in THAI_PRIVATE_USE.items():
        assert unicodedata.name(chr(thai)).startswith("THAI CHARACTER"), hex(code)
    # Spot checks against HarfBuzz's table (hb-ot-shaper-thai.cc, thai_pua_shape).
    assert THAI_PRIVATE_USE[0xF70A] == ord("่")  # mai ek, shifted down
    assert THAI_PRIVATE_USE[0xF705] == ord("่")  # mai ek, down and left
    assert THAI_PRIVATE_USE[0xF713] == ord("่")  # mai ek, left
    assert THAI_PRIVATE_USE[0xF70E] == ord("์")  # thanthakhat, down
    assert THAI_PRIVATE_USE[0xF702] == ord("ี")  # sara ii, left
    assert THAI_PRIVATE_USE[0xF70F] == ord("ญ")  # yo ying without its descender
    assert THAI_PRIVATE_USE[0xF700] == ord("ฐ")  # tho than without its descender
    assert THAI_PRIVATE_USE[0xF718] == ord("ุ")  # sara u, down
    assert THAI_PRIVATE_USE[0xF88B] == ord("่")  # mai ek, down, at the Mac code point


def test_a_tounicode_map_is_read_in_all_its_forms():
    codes, width = parse_to_unicode(CMAP)
    assert width == 4
    assert codes == {
        0x00D1: "ค",
        0x0155: "\uf70e",
        0x0160: "กำ",
        0x00CE: "ก",
        0x00CF: "ข",
        0x0151: "\uf70a",
        0x0152: "\uf70b",
        0x0170: "\uf713",
        0x0171: "่",
        0x0172: "\uf700",
    }


def test_the_rewritten_map_names_every_glyph_by_a_standard_thai_code_point_and_reads_back_the_same():
    codes, width = parse_to_unicode(CMAP)
    standard = {code: text.translate(THAI_PRIVATE_USE) for code, text in codes.items()}
    again, again_width = parse_to_unicode(write_to_unicode(standard, width))
    assert again == standard
    assert again_width == 4
    assert again[0x0155] == "์" and again[0x0151] == "่" and again[0x0152] == "้" and again[0x0172] == "ฐ"
    assert not any("\ue000" <= char <= "\uf8ff" for text in again.values() for char in text)


def test_one_byte_codes_keep_their_width_and_a_long_map_is_written_in_blocks_of_100():
    codes = {code: chr(0x0E01 + code % 40) for code in range(250)}
    cmap = write_to_unicode(codes, 2)
    assert b"<00> <FF>" in cmap
    assert cmap.count(b"beginbfchar") == 3
    assert b"100 beginbfchar" in cmap and b"50 beginbfchar" in cmap
    assert parse_to_unicode(cmap) == (codes, 2)


def test_a_pdf_is_printed_in_the_systems_fonts_even_when_the_page_waits_for_the_portals(settings):
    # The portal's own Thai font does not read back from a PDF (sara am, stacked marks), and with
    # the pages' `font-display: optional` whether it got into a sheet depended on the machine's load.
    # This page blocks on it; the printer still never fetches it.
    import io

    from pypdf import PdfReader

    from kernel import pdf

    page = (
        "<!DOCTYPE html><html lang='th'><head><meta charset='utf-8'><style>"
        "@font-face{font-family:Portal;font-display:block;"
        "src:url(/static/vendor/noto-sans-thai/noto-sans-thai-thai-400-normal.woff2) format('woff2')}"
        "body{font-family:Portal,sans-serif}</style></head><body><p>ตัวอย่างที่ดีลำดับที่ 15</p></body></html>"
    )
    reader = PdfReader(io.BytesIO(pdf.render(page, settings.BASE_DIR / "static", "")))
    fonts = {
        str(font.get_object().get("/BaseFont", "")).split("+")[-1]
        for sheet in reader.pages
        for font in sheet["/Resources"]["/Font"].values()
    }
    assert "Loma" in fonts and not any(name.startswith("NotoSans") for name in fonts), fonts
    text = unicodedata.normalize("NFKC", reader.pages[0].extract_text())
    assert unicodedata.normalize("NFKC", "ลำดับที่") in text
