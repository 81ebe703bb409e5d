"""The materials viewer: an applicant's attachments, decrypted into memory and shown there."""

from reviewdesk.gui.viewer.attachments import Attachment, AttachmentLike, AttachmentListModel
from reviewdesk.gui.viewer.materials_viewer import Loader, MaterialsViewer, OpenAhead

__all__ = [
    "Attachment",
    "AttachmentLike",
    "AttachmentListModel",
    "Loader",
    "MaterialsViewer",
    "OpenAhead",
]
