"""Program screens: the catalog (catalog_view) with its quota table (quota_table)."""
