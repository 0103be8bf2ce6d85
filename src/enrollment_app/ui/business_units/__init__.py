"""The business unit page (UMKM): details, owners and the whole facilitation history."""
