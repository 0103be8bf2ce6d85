"""The people import screen: a list file, its column mapping, a dry run, the import."""
