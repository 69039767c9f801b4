"""The portal's settings with the benchmark's URLconf: the floor view exists only here."""

from delgosea.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
