"""spaCy components of hrextract, registered as factories (and as entry points).

Importing this package registers the factories; ``spacy.load`` finds them
through the ``spacy_factories`` entry points without any import.
"""

from hrextract.components.paragraphs import make_paragraph_breaks
from hrextract.components.rulers import make_span_ruler
from hrextract.components.events import make_event_extractor
from hrextract.components.resolution import make_resolver

__all__ = ["make_paragraph_breaks", "make_span_ruler", "make_event_extractor", "make_resolver"]
