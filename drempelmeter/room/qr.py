"""The join address as a QR code for the beamer (segno: SVG text, no image library)."""

from __future__ import annotations


def join_qr_svg(url: str) -> str:
    """An SVG drawing of `url` as a QR code, black on white with its quiet zone, scalable (no
    fixed size: the beamer view sizes it), with the address as its title."""
    import segno

    code = segno.make(url, error="m", micro=False)
    svg: str = code.svg_inline(scale=1, border=4, dark="#000", light="#fff", title=url,
                               omitsize=True)
    return svg
