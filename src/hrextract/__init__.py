"""hrextract: structured records of detentions, sentences, fines and treaty-body findings
from human-rights reports.

>>> import hrextract
>>> records = hrextract.extract("On 7 April, Nurbek Kushakbaev was sentenced to two and a half years' imprisonment.",
...                             year=2017, country="Kazakhstan")
"""

from hrextract.api import extract, extract_document, extract_files
from hrextract.frames import to_dataframe
from hrextract.pipeline import load
from hrextract.reading import Document, InputError, read_document
from hrextract.render import Rendering, render
from hrextract.records import (
    AnyRecord,
    DetentionRecord,
    Evidence,
    FineRecord,
    Record,
    SentenceRecord,
    Subject,
    TreatyBodyFindingRecord,
)
from hrextract.writers import read_jsonl, write_jsonl

records_from_jsonl = read_jsonl

__version__ = "0.1.0"

__all__ = [
    "extract", "extract_files", "extract_document", "load", "read_document", "Document", "InputError",
    "Record", "AnyRecord", "DetentionRecord", "SentenceRecord", "FineRecord", "TreatyBodyFindingRecord",
    "Subject", "Evidence", "read_jsonl", "write_jsonl", "records_from_jsonl", "__version__",
    "to_dataframe", "render", "Rendering",
]
