"""Qt widgets, item models and actions. Thin: calls core/store, holds no business rules."""
