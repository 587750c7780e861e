"""Translation and the language switch: the same page, in every language, linked to its twins."""
