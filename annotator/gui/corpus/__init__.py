"""The corpus view (who claims what, figures, network, the actor registry) and linking actors from the reader."""
