"""The tables a county files upward, each as xlsx and PDF from the calculators the screens use."""
