"""Request length distributions: integer token counts from a truncated normal.

ExeGPT (Oh et al., ASPLOS 2024, Table 3) fits the input and output lengths of its five
tasks with a normal distribution truncated at zero and clipped at the task's maximum; it
fit better than normal, log-normal and skew-normal. :class:`LengthDistribution` is that
model: ``N(mean_tokens, std_tokens)`` truncated to ``[min_tokens, max_tokens]`` and made
integer.

Discretisation: token count ``k`` gets the probability mass the continuous truncated
normal puts on ``[k - 0.5, k + 0.5)``, i.e. the continuous support is
``[min_tokens - 0.5, max_tokens + 0.5]`` and samples are rounded to the nearest integer.
Every integer in ``[min_tokens, max_tokens]`` is then reachable and no probability piles
up on the end points.

Input and output lengths can be correlated through a Gaussian copula: a pair of standard
normals with correlation ``rho`` is drawn, mapped to uniforms by the normal CDF and then
to lengths by each distribution's inverse CDF (``scipy.stats.truncnorm.ppf``). The
marginals stay exactly truncated normal; ``rho`` is the latent (Gaussian) correlation,
so the rank correlation of the lengths is ``(6 / pi) * arcsin(rho / 2)``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Integral, Real

import numpy as np
from scipy import stats

from servesolve.errors import SpecError

__all__ = ["LengthDistribution", "check_length_fields", "sample_length_pairs", "sample_lengths"]

_HALF_TOKEN = 0.5


def _is_real(value: object) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool)


def _is_int(value: object) -> bool:
    return isinstance(value, Integral) and not isinstance(value, bool)


def check_length_fields(
    prefix: str, mean_tokens: object, std_tokens: object, max_tokens: object, min_tokens: object
) -> None:
    """Validate the four fields of a length distribution.

    Parameters
    ----------
    prefix:
        Dotted path of the distribution as the user writes it (``workload.input``); each
        error names ``<prefix>.<field>``.
    mean_tokens, std_tokens, max_tokens, min_tokens:
        The raw values.

    Raises
    ------
    SpecError
        On the first bad field, naming it and saying how to fix it.
    """
    if not _is_int(min_tokens) or int(min_tokens) < 1:
        raise SpecError(
            f"{prefix}.min_tokens",
            f"must be an integer >= 1, got {min_tokens!r}",
            "set a whole number of tokens of at least 1 (default 1)",
        )
    if not _is_int(max_tokens) or int(max_tokens) < int(min_tokens):
        raise SpecError(
            f"{prefix}.max_tokens",
            f"must be an integer >= min_tokens ({min_tokens}), got {max_tokens!r}",
            "set the longest allowed length in tokens",
        )
    if (
        not _is_real(mean_tokens)
        or not math.isfinite(float(mean_tokens))
        or float(mean_tokens) <= 0
    ):
        raise SpecError(
            f"{prefix}.mean_tokens",
            f"must be a positive number of tokens, got {mean_tokens!r}",
            "set the mean length in tokens, e.g. 256",
        )
    if not (int(min_tokens) <= float(mean_tokens) <= int(max_tokens)):
        raise SpecError(
            f"{prefix}.mean_tokens",
            f"{mean_tokens!r} lies outside [min_tokens, max_tokens] = [{min_tokens}, {max_tokens}]",
            "use a mean between min_tokens and max_tokens, or widen the bounds",
        )
    if not _is_real(std_tokens) or not math.isfinite(float(std_tokens)) or float(std_tokens) < 0:
        raise SpecError(
            f"{prefix}.std_tokens",
            f"must be a number >= 0, got {std_tokens!r}",
            "set the standard deviation in tokens (0 gives a fixed length)",
        )


@dataclass(frozen=True)
class LengthDistribution:
    """Integer token lengths from a normal truncated to ``[min_tokens, max_tokens]``.

    Parameters
    ----------
    mean_tokens:
        Mean of the normal before truncation (its ``loc``), in tokens. ExeGPT reports it
        as the task's mean length; truncation shifts the realised mean slightly (see
        :meth:`theoretical_mean_tokens`).
    std_tokens:
        Standard deviation of the normal before truncation (its ``scale``), in tokens.
        ``0`` gives the fixed length ``round(mean_tokens)``.
    max_tokens:
        Longest length, in tokens (inclusive).
    min_tokens:
        Shortest length, in tokens (inclusive); at least 1.
    """

    mean_tokens: float
    std_tokens: float
    max_tokens: int
    min_tokens: int = 1

    def __post_init__(self) -> None:
        check_length_fields(
            "LengthDistribution",
            self.mean_tokens,
            self.std_tokens,
            self.max_tokens,
            self.min_tokens,
        )

    @property
    def is_fixed(self) -> bool:
        """True when ``std_tokens`` is 0: every sample is ``round(mean_tokens)``."""
        return float(self.std_tokens) == 0.0

    def scipy_distribution(self) -> stats.rv_continuous:
        """The continuous truncated normal behind the integer lengths.

        Returns
        -------
        scipy.stats frozen distribution
            ``truncnorm`` on ``[min_tokens - 0.5, max_tokens + 0.5]`` with
            ``loc=mean_tokens`` and ``scale=std_tokens``; rounding its samples to the
            nearest integer gives this distribution. Not defined for a fixed length.
        """
        if self.is_fixed:
            raise ValueError("a fixed-length distribution (std_tokens == 0) has no scipy form")
        loc = float(self.mean_tokens)
        scale = float(self.std_tokens)
        lower = (self.min_tokens - _HALF_TOKEN - loc) / scale
        upper = (self.max_tokens + _HALF_TOKEN - loc) / scale
        return stats.truncnorm(lower, upper, loc=loc, scale=scale)

    def theoretical_mean_tokens(self) -> float:
        """Mean length in tokens after truncation (of the continuous distribution)."""
        if self.is_fixed:
            return float(self._fixed_length())
        return float(self.scipy_distribution().mean())

    def _fixed_length(self) -> int:
        return int(
            np.clip(
                math.floor(float(self.mean_tokens) + _HALF_TOKEN), self.min_tokens, self.max_tokens
            )
        )

    def lengths_from_uniform(self, u: np.ndarray) -> np.ndarray:
        """Map uniforms in (0, 1) to integer lengths by the inverse CDF.

        Parameters
        ----------
        u:
            Array of probabilities.

        Returns
        -------
        numpy.ndarray
            int64 token counts in ``[min_tokens, max_tokens]``, same shape as ``u``.
        """
        u = np.asarray(u, dtype=np.float64)
        if self.is_fixed:
            return np.full(u.shape, self._fixed_length(), dtype=np.int64)
        continuous = self.scipy_distribution().ppf(u)
        rounded = np.floor(continuous + _HALF_TOKEN)
        return np.clip(rounded, self.min_tokens, self.max_tokens).astype(np.int64)


def sample_lengths(
    dist: LengthDistribution, num_requests: int, rng: np.random.Generator
) -> np.ndarray:
    """Draw independent integer lengths.

    Parameters
    ----------
    dist:
        The length distribution.
    num_requests:
        How many lengths to draw.
    rng:
        Source of randomness (``numpy.random.default_rng``).

    Returns
    -------
    numpy.ndarray
        int64 array of ``num_requests`` token counts.
    """
    return dist.lengths_from_uniform(rng.uniform(size=num_requests))


def sample_length_pairs(
    input_dist: LengthDistribution,
    output_dist: LengthDistribution,
    correlation: float,
    num_requests: int,
    rng: np.random.Generator,
) -> tuple[np.ndarray, np.ndarray]:
    """Draw (input, output) length pairs joined by a Gaussian copula.

    Parameters
    ----------
    input_dist, output_dist:
        Marginal distributions of the input (prompt) and output (generated) lengths.
    correlation:
        Correlation of the latent standard normals, in [-1, 1]; 0 gives independent
        lengths.
    num_requests:
        Number of pairs.
    rng:
        Source of randomness.

    Returns
    -------
    tuple of numpy.ndarray
        int64 input lengths and int64 output lengths, each of ``num_requests``.
    """
    cov = np.array([[1.0, correlation], [correlation, 1.0]])
    latent = rng.multivariate_normal(np.zeros(2), cov, size=num_requests, method="eigh")
    u = stats.norm.cdf(latent)
    return input_dist.lengths_from_uniform(u[:, 0]), output_dist.lengths_from_uniform(u[:, 1])
