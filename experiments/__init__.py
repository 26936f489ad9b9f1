"""Experiments: Hydra sweeps whose jobs append tidy rows to ``results/`` (docs/experiments.md).

``servesolve -m +experiment=NAME`` runs the grid of ``conf/experiment/NAME.yaml`` (its
``hydra.sweeper.params``) through Hydra's joblib launcher, or Ray / Slurm by override.

The contract every experiment follows:

* a module ``servesolve.experiments.NAME`` with
  ``run_job(params: dict[str, Any]) -> list[dict[str, Any]]``: ``params`` is the job's
  resolved ``experiment`` config section (a plain dict, with ``name``); it returns tidy
  rows (flat dicts of str/int/float/bool/None), writes no results itself, is deterministic
  for given params and raises :class:`~servesolve.errors.SpecError` for bad params;
  optionally ``validate(params) -> None`` for cheap checks made before the sweep starts;
* a config ``conf/experiment/NAME.yaml`` (``# @package _global_``) with an ``experiment:``
  section (``name: NAME`` and the parameters) and its grid in ``hydra.sweeper.params``.

The runner (:mod:`servesolve.experiments.runner`) adds the job's config fields and its
bookkeeping columns to every row and writes one file per job;
:func:`servesolve.experiments.results.load_results` reads them back.
"""
