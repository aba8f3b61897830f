#pragma once

#include <QtGlobal>

namespace sp {

// A small, fast, portable generator (SplitMix64). The std:: distributions differ between standard libraries,
// and the data must be the same for the same seed everywhere, so every draw goes through these few functions.
class DeterministicRandom
{
public:
    explicit DeterministicRandom(quint64 seed)
        : m_state(seed)
    {}
    // Seeds from several numbers (seed, account index, purpose...), mixed so that neighbours differ.
    static DeterministicRandom from(quint64 a, quint64 b, quint64 c = 0)
    {
        DeterministicRandom mixer(a * 0x9E3779B97F4A7C15ULL ^ (b + 0x632BE59BD9B4E019ULL));
        const quint64 first = mixer.next();
        return DeterministicRandom(first ^ (c * 0xD1B54A32D192ED03ULL));
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform integer in [low, high].
    qint64 between(qint64 low, qint64 high)
    {
        return low + static_cast<qint64>(next() % static_cast<quint64>(high - low + 1));
    }
    bool chance(double probability) { return uniform() < probability; }

private:
    quint64 m_state;
};

} // namespace sp
