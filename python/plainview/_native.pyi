"""Type stubs of the Rust extension module (src/python.rs)."""

from typing import Any, Dict, List, Optional, TypedDict, Union

__version__: str

class Diagnostics(TypedDict, total=False):
    storySignal: str
    policy: str
    removals: List[Dict[str, str]]
    encoding: str
    encodingSource: str
    stories: List[Dict[str, Any]]

class Article(TypedDict):
    """An article, keyed as the ``plainview`` CLI's JSON output."""

    title: str
    byline: Optional[str]
    siteName: Optional[str]
    publishedTime: Optional[str]
    lang: Optional[str]
    dir: Optional[str]
    excerpt: Optional[str]
    leadImageUrl: Optional[str]
    url: Optional[str]
    content: str
    text: str
    wordCount: int
    readingTimeMinutes: int
    diagnostics: Diagnostics

class PlainviewError(Exception):
    """Extraction failed; ``code`` says why, as the Rust ``Error::code`` does."""

    code: str

def extract(
    html: Union[str, bytes, bytearray],
    url: Optional[str] = None,
    *,
    content_type: Optional[str] = None,
    max_input_bytes: int = ...,
    max_elements: int = ...,
    char_threshold: int = ...,
    keep_media: bool = ...,
    keep_classes: bool = ...,
    explain: bool = ...,
    encoding: Optional[str] = ...,
    **options: Any,
) -> Article:
    """Finds the article on a page (``str``, or ``bytes`` decoded as browsers decode them,
    the ``charset`` of ``content_type`` first). Raises ``PlainviewError``."""

def is_probably_readable(html: Union[str, bytes, bytearray], *, content_type: Optional[str] = None) -> bool:
    """A cheap check, without extracting, whether the page looks like it carries an article."""

def default_options() -> Dict[str, Any]:
    """The options ``extract`` accepts (camelCase keys) and their default values."""
