"""One widget per file: the pieces of the stance explorer."""
