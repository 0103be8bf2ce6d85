"""Classes, their sessions and people, and the trainer's attendance screen."""
