"""Graph -> answers. Every query reads through the store interface only."""
