"""The stylist model: base-weight preparation, training set, LoRA fine-tuning, evaluation, released adapters."""
