"""``fonte serve``: the corpus in a browser (server-rendered pages) and as a JSON API."""
