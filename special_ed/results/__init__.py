"""Result values of the services, without SQL: what the UI receives and may import."""
