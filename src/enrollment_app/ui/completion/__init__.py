"""Completion of a class and its printed documents: rates, completion, certificates, the
best three, aid handovers, participant cards, attendance sheets and keying a signed paper
sheet back in."""
