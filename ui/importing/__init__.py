"""Import wizard (file → sheet → mapping → validation preview → duplicates → import) and the 三查 page."""

from ui.importing.check_page import CheckPage
from ui.importing.wizard import ImportWizard

__all__ = ["CheckPage", "ImportWizard"]
