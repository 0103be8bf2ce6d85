"""Program screens: the catalog (catalog_view, quota_table), the dashboard (dashboard,
progress_model, quota_chart) and what they add to the main window (features)."""
