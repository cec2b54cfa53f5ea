"""评估安置: expert-committee assessments, placement decisions, history and review dates."""
