"""The registration screen: a participant form in sections, its checks and its prompts."""
