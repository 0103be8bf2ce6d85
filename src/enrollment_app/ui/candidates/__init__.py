"""Candidates from registry lists: the page of who is still to be visited per kelurahan,
and the registration screen's offer to open a listed person pre-filled."""
