"""Steps for data-pipeline engines; each imports its engine only when used."""
