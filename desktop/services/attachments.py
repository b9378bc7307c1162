"""Attachments (photos, scanned PDFs) stored in the database, once per content.

The bytes are keyed by their SHA-256: attaching the same scan twice, or to a second
record, stores it once. A link belongs to its record by (owner_kind, owner_id) and is
never touched by editing that record, so nothing attached is lost on Save.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.problems import Problem, ValidationError
from desktop.models import Asset, Attachment, AttachmentBlob, Handover, Inspection, Registration

MAX_BYTES = 20 * 1024 * 1024
# What a county office scans or photographs; anything else is refused with its name.
ALLOWED_TYPES = {"image/jpeg", "image/png", "image/gif", "image/bmp", "image/tiff", "image/webp",
                 "application/pdf"}
OWNER_KINDS = {"inspection": Inspection, "handover": Handover, "registration": Registration, "asset": Asset}
OWNER_LABELS = {"inspection": "验收记录", "handover": "移交记录", "registration": "确权登记", "asset": "资产"}


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    file_name: str
    mime: str
    size: int
    sha256: str
    added_at: datetime

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def guess_mime(file_name: str, data: bytes) -> str:
    """By content first (a renamed photo is still a photo), then by the name."""
    for magic, mime in ((b"%PDF", "application/pdf"), (b"\x89PNG", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
                        (b"GIF8", "image/gif"), (b"BM", "image/bmp"), (b"II*\x00", "image/tiff"),
                        (b"MM\x00*", "image/tiff")):
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return mimetypes.guess_type(file_name)[0] or "application/octet-stream"


def _owner_asset_id(session: Session, owner_kind: str, owner_id: int) -> int:
    model = OWNER_KINDS.get(owner_kind)
    if model is None:
        raise ValidationError([Problem("owner_kind", "不能向“{value}”添加附件", {"value": owner_kind})])
    owner = session.get(model, owner_id)
    if owner is None:
        raise ValidationError([Problem("owner_id", "{what}不存在：{value}",
                                       {"what": OWNER_LABELS[owner_kind], "value": owner_id})])
    return owner.id if isinstance(owner, Asset) else owner.asset_id


def add(session: Session, owner_kind: str, owner_id: int, file_name: str, data: bytes,
        *, max_bytes: int = MAX_BYTES) -> int:
    """Attach ``data`` to a record; returns the link id (the existing one if already attached)."""
    # Only the name is kept, whichever system's separators the path came with.
    name = file_name.replace("\\", "/").rsplit("/", 1)[-1].strip() or "附件"
    if len(data) > max_bytes:
        raise ValidationError([Problem("file", "附件“{name}”大小为 {size}，超过上限 {limit}，未添加。"
                                       "请压缩图片或分页扫描后再添加",
                                       {"name": name, "size": _mb(len(data)), "limit": _mb(max_bytes)})])
    if not data:
        raise ValidationError([Problem("file", "附件“{name}”是空文件，未添加", {"name": name})])
    mime = guess_mime(name, data)
    if mime not in ALLOWED_TYPES:
        raise ValidationError([Problem("file", "附件“{name}”不是照片或 PDF 扫描件（{mime}），未添加",
                                       {"name": name, "mime": mime})])
    asset_id = _owner_asset_id(session, owner_kind, owner_id)
    digest = hashlib.sha256(data).hexdigest()
    blob_id = session.scalar(select(AttachmentBlob.id).where(AttachmentBlob.sha256 == digest))
    if blob_id is None:
        blob = AttachmentBlob(sha256=digest, size=len(data), data=data)
        session.add(blob)
        session.flush()
        blob_id = blob.id
    existing = session.scalar(select(Attachment).where(
        Attachment.owner_kind == owner_kind, Attachment.owner_id == owner_id, Attachment.blob_id == blob_id))
    if existing is not None:
        return existing.id
    link = Attachment(owner_kind=owner_kind, owner_id=owner_id, asset_id=asset_id, blob_id=blob_id,
                      file_name=name[:255], mime=mime)
    session.add(link)
    session.flush()
    return link.id


def add_file(session: Session, owner_kind: str, owner_id: int, path: Path, *, max_bytes: int = MAX_BYTES) -> int:
    size = path.stat().st_size
    if size > max_bytes:  # refuse before reading a huge file into memory
        raise ValidationError([Problem("file", "附件“{name}”大小为 {size}，超过上限 {limit}，未添加。"
                                       "请压缩图片或分页扫描后再添加",
                                       {"name": path.name, "size": _mb(size), "limit": _mb(max_bytes)})])
    return add(session, owner_kind, owner_id, path.name, path.read_bytes(), max_bytes=max_bytes)


def list_for(session: Session, owner_kind: str, owner_id: int) -> list[AttachmentInfo]:
    """The record's attachments without their bytes (those are loaded one at a time)."""
    q = (select(Attachment.id, Attachment.file_name, Attachment.mime, AttachmentBlob.size, AttachmentBlob.sha256,
                Attachment.created_at)
         .join(AttachmentBlob, Attachment.blob_id == AttachmentBlob.id)
         .where(Attachment.owner_kind == owner_kind, Attachment.owner_id == owner_id)
         .order_by(Attachment.id))
    return [AttachmentInfo(*row) for row in session.execute(q)]


def content(session: Session, attachment_id: int) -> tuple[str, bytes]:
    """The file name and the exact bytes of an attachment."""
    row = session.execute(select(Attachment.file_name, AttachmentBlob.data)
                          .join(AttachmentBlob, Attachment.blob_id == AttachmentBlob.id)
                          .where(Attachment.id == attachment_id)).first()
    if row is None:
        raise ValidationError([Problem("id", "附件不存在：{value}", {"value": attachment_id})])
    return row.file_name, bytes(row.data)


def remove(session: Session, attachment_id: int) -> None:
    """Detach a file; its bytes go too once no record uses them."""
    link = session.get(Attachment, attachment_id)
    if link is None:
        raise ValidationError([Problem("id", "附件不存在：{value}", {"value": attachment_id})])
    blob_id = link.blob_id
    session.delete(link)
    session.flush()
    if not session.scalar(select(func.count()).select_from(Attachment).where(Attachment.blob_id == blob_id)):
        blob = session.get(AttachmentBlob, blob_id)
        if blob is not None:
            session.delete(blob)
            session.flush()


def counts(session: Session, owner_kind: str, owner_ids: list[int]) -> dict[int, int]:
    if not owner_ids:
        return {}
    q = (select(Attachment.owner_id, func.count()).where(Attachment.owner_kind == owner_kind,
                                                         Attachment.owner_id.in_(owner_ids))
         .group_by(Attachment.owner_id))
    return {owner_id: n for owner_id, n in session.execute(q)}
