"""The room server: the participants' phones vote in a workshop on the laptop's own network
(aiohttp, imported only here); everything it records goes through services/."""
