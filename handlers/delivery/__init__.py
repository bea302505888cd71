"""What organisers send and members receive: broadcasts, briefs, subscriptions and digests."""
