"""The marker Qt's translation tools look for; at run time the English source string."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
