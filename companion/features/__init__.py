"""companion.features"""
