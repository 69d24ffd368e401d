from .equality import EqualityAnswers

__all__ = ["EqualityAnswers"]
