"""Source -> FeatureExtractor -> ArousalTracker, shared by analyze and the live worker."""
