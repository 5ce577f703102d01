"""Sync with a server reader (Miniflux's REST API, or the Google Reader API), offline-first.

Local actions go into a journal (`journal.py`) the moment they happen; a sync replays it,
merges three ways against the state both sides had at the last sync (`merge.py`) and
records that state again (`state.py`). The servers sit behind one small interface
(`backend.py`), so the engine (`engine.py`) never knows which one it talks to.
"""
