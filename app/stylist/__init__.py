"""The outfit engine: plan the request, prompt the stylist model, validate, fall back, stream."""
