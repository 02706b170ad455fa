"""companion.arousal"""
