"""Reading generated PDFs back with pypdf (no poppler needed)."""

from __future__ import annotations

import io
import re
from typing import Any

from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-"), pdf[:20]
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def squeeze(text: str) -> str:
    """Text without whitespace: extraction splits and joins lines as it likes."""
    return re.sub(r"\s+", "", text)


def fonts(pdf: bytes) -> dict[str, Any]:
    """Every font resource of every page (and of the forms they use), by base name."""
    found: dict[str, Any] = {}

    def walk(resources: Any) -> None:
        resources = resources.get_object() if resources is not None else None
        if not resources:
            return
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
        for xobj in (resources.get("/XObject") or {}).values():
            xobj = xobj.get_object()
            if xobj.get("/Subtype") == "/Form":
                walk(xobj.get("/Resources"))

    for page in reader(pdf).pages:
        walk(page.get("/Resources"))
    return found


def embedded_truetype(font: Any) -> bool:
    descriptor = font.get("/FontDescriptor")
    if descriptor is None and "/DescendantFonts" in font:
        descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
    return descriptor is not None and "/FontFile2" in descriptor.get_object()


def assert_fonts_embedded(pdf: bytes) -> None:
    found = fonts(pdf)
    assert found, "no fonts at all"
    missing = [name for name, font in found.items() if not embedded_truetype(font)]
    assert not missing, f"fonts not embedded as TrueType: {missing}"
