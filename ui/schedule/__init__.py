"""The home-teaching schedule page: month calendar per team, a day's route, a map drawn from coordinates."""
