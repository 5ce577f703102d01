"""newsreader: a terminal news reader that keeps the article, who said what, and who is involved."""

__version__ = "0.1.0"
