"""The app's routes: HTML pages (``pages``) and the JSON API (``api``), over the same views."""
