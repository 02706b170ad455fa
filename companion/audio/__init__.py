"""companion.audio"""
