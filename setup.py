"""Only what pyproject.toml cannot say: the top-level resources/ and seeds/ folders ship as
annotator.resources and annotator.seeds, next to every package under annotator/."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["annotator", "annotator.*"]) + ["annotator.resources", "annotator.seeds"],
    package_dir={"annotator.resources": "resources", "annotator.seeds": "seeds"},
)
