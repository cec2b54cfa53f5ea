"""儿童名册: the registry page, its lazily paged table model, filter bar and export."""
