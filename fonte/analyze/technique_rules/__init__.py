"""Rule families of the default (untrained) persuasion-technique detector, one module per concern."""
