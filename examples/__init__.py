"""Examples of this SDK: the web app (``python -m examples.webapp``) and webhook receivers."""
