"""The participant list: a paged table model over the search service and its view."""
